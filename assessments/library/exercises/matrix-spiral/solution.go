package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var rows, cols int
	fmt.Fscan(in, &rows, &cols)
	grid := make([][]string, rows)
	for r := range grid {
		grid[r] = make([]string, cols)
		for c := range grid[r] {
			fmt.Fscan(in, &grid[r][c])
		}
	}
	order := []string{}
	top, bottom, left, right := 0, rows-1, 0, cols-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			order = append(order, grid[top][c])
		}
		for r := top + 1; r <= bottom; r++ {
			order = append(order, grid[r][right])
		}
		if top < bottom {
			for c := right - 1; c >= left; c-- {
				order = append(order, grid[bottom][c])
			}
		}
		if left < right {
			for r := bottom - 1; r > top; r-- {
				order = append(order, grid[r][left])
			}
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	fmt.Println(strings.Join(order, " "))
}
