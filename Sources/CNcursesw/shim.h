// The ncursesw wide-character API for Swift, plus static inline wrappers for what Swift
// cannot import: function-like macros, attribute and mouse masks, and C globals
// (which Swift 6 rejects as not concurrency-safe).
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide API must be switched on here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

// MARK: Globals

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

// MARK: Geometry

static inline int shim_getmaxy(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)x; return y; }
static inline int shim_getmaxx(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)y; return x; }

// MARK: Attributes

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }

// MARK: Keys

static inline int shim_key_f(int n) { return KEY_F(n); }

// MARK: Mouse

static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t shim_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t shim_button2_released(void) { return BUTTON2_RELEASED; }
static inline mmask_t shim_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t shim_button3_released(void) { return BUTTON3_RELEASED; }
static inline mmask_t shim_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_wheel_down(void) { return BUTTON5_PRESSED; }

// MARK: Width

// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's importer does not see.
int wcwidth(wchar_t c);
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
