// The baseline of the benchmark: a bare simdjson DOM parse of a file (read included),
// nothing kept, nothing diagnosed. Prints the number of items and the kernel used.
#include <simdjson.h>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.json\n", argv[0]);
        return 2;
    }
    simdjson::padded_string json;
    if (auto err = simdjson::padded_string::load(argv[1]).get(json)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], simdjson::error_message(err));
        return 2;
    }
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (auto err = parser.parse(json).get(doc)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], simdjson::error_message(err));
        return 2;
    }
    simdjson::dom::array items;
    const size_t n = doc["items"].get(items) == simdjson::SUCCESS ? items.size() : 0;
    std::printf("%zu items (%s)\n", n, simdjson::get_active_implementation()->name().c_str());
    return 0;
}
