# Helpers shared by the project's CMakeLists files.

# The private compile options of every gtest_data target: warnings, and no
# floating-point contraction, because a fused multiply-add rounds differently
# from a multiply followed by an add and would change seeded doubles.
function(gtest_data_set_private_options target)
  target_compile_features(${target} PUBLIC cxx_std_17)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -ffp-contract=off)
    if(GTEST_DATA_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /fp:precise)
    if(GTEST_DATA_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  endif()
endfunction()

# gtest_data_add_component(NAME SOURCES src... [DEPS target...])
#
# Defines the static library gtest_data_<NAME>, its alias gtest_data::<NAME>
# (the name users write, in-tree and installed alike), and its export.
function(gtest_data_add_component name)
  cmake_parse_arguments(arg "" "" "SOURCES;DEPS" ${ARGN})
  set(target gtest_data_${name})
  add_library(${target} STATIC ${arg_SOURCES})
  add_library(gtest_data::${name} ALIAS ${target})
  set_target_properties(${target} PROPERTIES
    EXPORT_NAME ${name}
    OUTPUT_NAME gtest_data_${name}
    POSITION_INDEPENDENT_CODE ON)
  target_include_directories(${target} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_link_libraries(${target} PUBLIC ${arg_DEPS})
  gtest_data_set_private_options(${target})
  set_property(GLOBAL APPEND PROPERTY GTEST_DATA_COMPONENTS ${name})
  if(GTEST_DATA_INSTALL)
    install(TARGETS ${target} EXPORT gtest_dataTargets
            ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
  endif()
endfunction()

# gtest_data_add_gtest(TARGET LABELS label... [TIMEOUT seconds]
#                      [DISCOVERY_TIMEOUT seconds])
#
# Registers a GoogleTest binary with ctest: each of its tests as a ctest
# test (gtest_discover_tests), or, with GTEST_DATA_TEST_PER_BINARY (the asan
# preset, where every process pays the sanitizers' start-up), the binary
# once, as TARGET.
function(gtest_data_add_gtest target)
  cmake_parse_arguments(arg "" "TIMEOUT;DISCOVERY_TIMEOUT" "LABELS" ${ARGN})
  set(timeout "")
  if(arg_TIMEOUT)
    set(timeout TIMEOUT ${arg_TIMEOUT})
  endif()
  if(GTEST_DATA_TEST_PER_BINARY)
    add_test(NAME ${target} COMMAND ${target} --gtest_brief=1)
    set_tests_properties(${target} PROPERTIES LABELS "${arg_LABELS}" ${timeout})
  else()
    set(discovery "")
    if(arg_DISCOVERY_TIMEOUT)
      set(discovery DISCOVERY_TIMEOUT ${arg_DISCOVERY_TIMEOUT})
    endif()
    gtest_discover_tests(${target} PROPERTIES LABELS "${arg_LABELS}" ${timeout} ${discovery})
  endif()
endfunction()
