<?php
while (($line = fgets(STDIN)) !== false) {
    $escaped = htmlspecialchars(rtrim($line, "\n"), ENT_QUOTES | ENT_HTML401, 'UTF-8', true);
    echo str_replace('&#039;', '&#39;', $escaped), "\n";
}
