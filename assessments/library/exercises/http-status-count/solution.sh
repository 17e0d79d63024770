#!/bin/bash
cut -d ' ' -f 4 | grep . | sort -n | uniq -c | while read -r count status; do
  echo "$status $count"
done
