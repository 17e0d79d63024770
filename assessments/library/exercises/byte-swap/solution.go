package main

import (
	"bufio"
	"fmt"
	"math/bits"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		word, _ := strconv.ParseUint(strings.TrimPrefix(line, "0x"), 16, 32)
		fmt.Fprintf(out, "0x%08x\n", bits.ReverseBytes32(uint32(word)))
	}
}
