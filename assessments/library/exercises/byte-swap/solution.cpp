#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>

int main() {
    std::string text;
    while (std::cin >> text) {
        std::uint32_t word = static_cast<std::uint32_t>(std::stoul(text, nullptr, 16));
        std::uint32_t swapped = 0;
        for (int i = 0; i < 4; i++) {
            swapped = (swapped << 8) | ((word >> (8 * i)) & 0xFFu);
        }
        std::printf("0x%08x\n", swapped);
    }
    return 0;
}
