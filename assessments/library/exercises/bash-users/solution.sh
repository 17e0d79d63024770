#!/bin/bash
while IFS=: read -r user _ _ _ _ _ shell; do
  if [ "$shell" = "/bin/bash" ]; then
    echo "$user"
  fi
done | LC_ALL=C sort
