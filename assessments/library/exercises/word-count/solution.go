package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	data, _ := io.ReadAll(os.Stdin)
	fmt.Printf("%d %d %d\n", bytes.Count(data, []byte("\n")), len(bytes.Fields(data)), len(data))
}
