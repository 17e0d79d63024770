import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        // À vous : lisez les lignes avec in.readLine() et affichez avec System.out.println(...)
    }
}
