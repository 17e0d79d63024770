#!/bin/bash
error=0
warn=0
info=0
while read -r _date level _message; do
  case "$level" in
    ERROR) error=$((error + 1)) ;;
    WARN) warn=$((warn + 1)) ;;
    INFO) info=$((info + 1)) ;;
  esac
done
printf 'ERROR %d\nWARN %d\nINFO %d\n' "$error" "$warn" "$info"
