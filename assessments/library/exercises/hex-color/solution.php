<?php
while (($line = fgets(STDIN)) !== false) {
    $text = trim($line);
    if (!preg_match('/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $text)) {
        echo "INVALIDE\n";
        continue;
    }
    $hex = substr($text, 1);
    if (strlen($hex) === 3) {
        $hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
    }
    printf("rgb(%d, %d, %d)\n", hexdec(substr($hex, 0, 2)), hexdec(substr($hex, 2, 2)), hexdec(substr($hex, 4, 2)));
}
