import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        int k = ((Integer.parseInt(in.readLine().trim()) % 26) + 26) % 26;
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            for (char c : line.toCharArray()) {
                if (c >= 'a' && c <= 'z') text.append((char) ('a' + (c - 'a' + k) % 26));
                else if (c >= 'A' && c <= 'Z') text.append((char) ('A' + (c - 'A' + k) % 26));
                else text.append(c);
            }
            text.append('\n');
        }
        out.print(text);
        out.flush();
    }
}
