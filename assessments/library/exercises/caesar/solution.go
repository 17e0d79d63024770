package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	in.Scan()
	k, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	k = ((k % 26) + 26) % 26
	for in.Scan() {
		line := []byte(in.Text())
		for i, c := range line {
			if c >= 'a' && c <= 'z' {
				line[i] = 'a' + byte((int(c-'a')+k)%26)
			} else if c >= 'A' && c <= 'Z' {
				line[i] = 'A' + byte((int(c-'A')+k)%26)
			}
		}
		out.Write(line)
		out.WriteByte('\n')
	}
}
