package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		_ = in.Text() // À vous : traitez chaque ligne
	}
	fmt.Fprint(out, "")
}
