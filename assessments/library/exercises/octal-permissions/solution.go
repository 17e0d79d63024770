package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		mode := strings.TrimSpace(in.Text())
		if mode == "" {
			continue
		}
		var b strings.Builder
		for _, c := range mode {
			digit := int(c - '0')
			for bit, letter := range "rwx" {
				if digit&(4>>bit) != 0 {
					b.WriteRune(letter)
				} else {
					b.WriteByte('-')
				}
			}
		}
		fmt.Fprintln(out, b.String())
	}
}
