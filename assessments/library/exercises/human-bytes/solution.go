package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	units := []string{"KiB", "MiB", "GiB", "TiB"}
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		size, _ := strconv.ParseUint(line, 10, 64)
		if size < 1024 {
			fmt.Fprintf(out, "%d B\n", size)
			continue
		}
		value := float64(size)
		unit := -1
		for {
			value /= 1024
			unit++
			if value < 1024 || unit == 3 {
				break
			}
		}
		fmt.Fprintf(out, "%.1f %s\n", value, units[unit])
	}
}
