#!/bin/bash
total=0
while read -r path duration; do
  [ -z "$path" ] && continue
  if [ "$duration" -gt 1000 ]; then
    echo "$path $duration"
    total=$((total + 1))
  fi
done
echo "TOTAL $total"
