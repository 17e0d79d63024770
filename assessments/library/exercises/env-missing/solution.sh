#!/bin/bash
read -r -a exigees
declare -A definies
while IFS='=' read -r nom valeur; do
  [ -n "$nom" ] && definies["$nom"]=1
done
manquantes=()
for nom in "${exigees[@]}"; do
  [ -z "${definies[$nom]}" ] && manquantes+=("$nom")
done
if [ ${#manquantes[@]} -eq 0 ]; then
  echo OK
else
  printf '%s\n' "${manquantes[@]}" | LC_ALL=C sort -u
fi
