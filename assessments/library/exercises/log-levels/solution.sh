#!/bin/bash
awk '{ count[$2]++ } END { printf "ERROR %d\nWARN %d\nINFO %d\n", count["ERROR"], count["WARN"], count["INFO"] }'
