// The process's operator new when mimalloc is its allocator. mimalloc's own
// replacement is C: out of memory, it aborts, as it cannot throw. A dump too large for a
// ulimit then ended in SIGABRT, not in main()'s "out of memory". This one takes the
// memory from malloc (mimalloc's, all the same) and fails the way the standard says:
// the new-handler, else std::bad_alloc. The deletes stay mimalloc's, which free what
// malloc gave.
#ifdef PULLSCOPE_WITH_MIMALLOC

#include <cstdlib>
#include <new>

void *operator new(std::size_t size)
{
    for (;;) {
        if (void *p = std::malloc(size == 0 ? 1 : size))
            return p;
        const std::new_handler handler = std::get_new_handler();
        if (!handler)
            throw std::bad_alloc();
        handler();
    }
}

void *operator new[](std::size_t size)
{
    return ::operator new(size);
}

#endif
