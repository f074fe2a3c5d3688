// The YAML baseline of the benchmark: yaml-cpp's YAML::LoadFile, the whole document
// as one tree (what a straightforward loader would do).
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <exception>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.yaml\n", argv[0]);
        return 2;
    }
    try {
        const YAML::Node doc = YAML::LoadFile(argv[1]);
        std::printf("%zu items\n", doc["items"].size());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: %s\n", argv[1], e.what());
        return 2;
    }
    return 0;
}
