import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int rows = (int) in.nval;
        in.nextToken();
        int cols = (int) in.nval;
        int[][] grid = new int[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                in.nextToken();
                grid[r][c] = (int) in.nval;
            }
        StringJoiner out = new StringJoiner(" ");
        int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) out.add(String.valueOf(grid[top][c]));
            for (int r = top + 1; r <= bottom; r++) out.add(String.valueOf(grid[r][right]));
            if (top < bottom) for (int c = right - 1; c >= left; c--) out.add(String.valueOf(grid[bottom][c]));
            if (left < right) for (int r = bottom - 1; r > top; r--) out.add(String.valueOf(grid[r][left]));
            top++;
            bottom--;
            left++;
            right--;
        }
        System.out.println(out);
    }
}
