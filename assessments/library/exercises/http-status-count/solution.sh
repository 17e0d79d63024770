#!/bin/bash
awk '{ print $4 }' | sort -n | uniq -c | awk '{ print $2, $1 }'
