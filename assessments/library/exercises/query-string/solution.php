<?php
while (($line = fgets(STDIN)) !== false) {
    $values = [];
    foreach (explode('&', rtrim($line, "\n")) as $pair) {
        if ($pair === '') {
            continue;
        }
        $parts = explode('=', $pair, 2);
        $key = urldecode($parts[0]);
        $values[$key][] = urldecode($parts[1] ?? '');
    }
    $keys = array_map('strval', array_keys($values));
    sort($keys, SORT_STRING);
    foreach ($keys as $key) {
        echo $key, '=', implode(',', $values[$key]), "\n";
    }
    echo "--\n";
}
