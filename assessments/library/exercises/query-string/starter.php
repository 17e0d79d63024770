<?php
$data = stream_get_contents(STDIN);
// À vous : calculez et affichez la réponse avec echo
