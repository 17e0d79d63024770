package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	in.Scan()
	_, network, _ := net.ParseCIDR(strings.TrimSpace(in.Text()))
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		if network.Contains(net.ParseIP(line)) {
			fmt.Fprintln(out, "OUI")
		} else {
			fmt.Fprintln(out, "NON")
		}
	}
}
