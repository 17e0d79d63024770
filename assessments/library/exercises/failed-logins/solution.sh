#!/bin/bash
resultat=$(grep -o 'Failed password for [^ ]* from [^ ]*' | sed 's/.* from //' | LC_ALL=C sort | uniq -c \
  | while read -r n ip; do if [ "$n" -ge 3 ]; then echo "$ip $n"; fi; done | LC_ALL=C sort -k2,2nr -k1,1)
if [ -z "$resultat" ]; then echo RAS; else echo "$resultat"; fi
