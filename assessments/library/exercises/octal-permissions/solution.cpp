#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string mode;
    const std::string letters = "rwx";
    while (std::cin >> mode) {
        std::string out;
        for (char c : mode) {
            int digit = c - '0';
            for (int bit = 0; bit < 3; bit++) {
                out += (digit & (4 >> bit)) ? letters[bit] : '-';
            }
        }
        std::cout << out << '\n';
    }
    return 0;
}
