#!/bin/bash
awk '$2 > 1000 { print; n++ } END { print "TOTAL", n + 0 }'
