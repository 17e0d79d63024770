#include <bitset>
#include <iostream>

int main() {
    std::ios::sync_with_stdio(false);
    unsigned long long value;
    while (std::cin >> value) {
        std::cout << std::bitset<64>(value).count() << '\n';
    }
    return 0;
}
