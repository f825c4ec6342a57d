# Included before project() by CMakePresets.json (CMAKE_PROJECT_INCLUDE_BEFORE): use ccache as the compiler
# launcher when it is installed, unless the caller already chose a launcher.
if(NOT CMAKE_CXX_COMPILER_LAUNCHER AND NOT DEFINED ENV{CMAKE_CXX_COMPILER_LAUNCHER})
    find_program(OPS_CCACHE_PROGRAM ccache)
    if(OPS_CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${OPS_CCACHE_PROGRAM}" CACHE STRING "Compiler launcher (ccache when found)")
    endif()
endif()
