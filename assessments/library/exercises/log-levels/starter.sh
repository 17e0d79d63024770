#!/bin/bash
# À vous : lisez l'entrée standard (while read -r ligne; do ...; done, ou awk, grep, sort...)
