<?php
while (($line = fgets(STDIN)) !== false) {
    $line = trim($line);
    if ($line === '') {
        continue;
    }
    $cents = intdiv((int) $line, 1) % 100;
    $euros = intdiv((int) $line, 100);
    echo number_format($euros, 0, ',', ' '), ',', str_pad((string) $cents, 2, '0', STR_PAD_LEFT), " €\n";
}
