import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        String valuesLine = in.readLine();
        int[] values = new int[n];
        StringTokenizer tokens = new StringTokenizer(valuesLine == null ? "" : valuesLine);
        for (int i = 0; i < n; i++) values[i] = Integer.parseInt(tokens.nextToken());
        int queries = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < queries; k++) {
            int q = Integer.parseInt(in.readLine().trim());
            int low = 0, high = n;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (values[mid] <= q) low = mid + 1;
                else high = mid;
            }
            out.append(low).append('\n');
        }
        System.out.print(out);
    }
}
