#!/bin/bash
resultat=$(grep -o 'Failed password for [^ ]* from [^ ]*' | awk '{ print $NF }' | LC_ALL=C sort | uniq -c \
  | awk '$1 >= 3 { print $2, $1 }' | LC_ALL=C sort -k2,2nr -k1,1)
if [ -z "$resultat" ]; then echo RAS; else echo "$resultat"; fi
