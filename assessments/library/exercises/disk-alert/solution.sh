#!/bin/bash
read -r seuil
trouve=0
while read -r point usage; do
  [ -z "$point" ] && continue
  if [ "${usage%\%}" -ge "$seuil" ]; then
    echo "$point $usage"
    trouve=1
  fi
done
[ "$trouve" -eq 0 ] && echo RAS
exit 0
