package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	queries := []int{}
	limit := 1
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		n, _ := strconv.Atoi(line)
		queries = append(queries, n)
		if n > limit {
			limit = n
		}
	}
	composite := make([]bool, limit+1)
	count := make([]int, limit+1)
	for i := 2; i <= limit; i++ {
		count[i] = count[i-1]
		if !composite[i] {
			count[i]++
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	for _, q := range queries {
		out.WriteString(strconv.Itoa(count[q]))
		out.WriteByte('\n')
	}
}
