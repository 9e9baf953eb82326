#ifndef XMARGIN_CNCURSESW_SHIM_H
#define XMARGIN_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <stdio.h>

/* Macros and globals do not import into Swift (or trip strict concurrency): wrap them. */
static inline int xm_lines(void) { return LINES; }
static inline int xm_cols(void) { return COLS; }
static inline int xm_colors(void) { return COLORS; }
static inline int xm_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t xm_a_bold(void) { return A_BOLD; }
static inline attr_t xm_a_reverse(void) { return A_REVERSE; }
static inline attr_t xm_a_underline(void) { return A_UNDERLINE; }
static inline attr_t xm_a_dim(void) { return A_DIM; }
static inline attr_t xm_a_normal(void) { return A_NORMAL; }
static inline int xm_key_resize(void) { return KEY_RESIZE; }
static inline int xm_key_up(void) { return KEY_UP; }
static inline int xm_key_down(void) { return KEY_DOWN; }
static inline int xm_key_left(void) { return KEY_LEFT; }
static inline int xm_key_right(void) { return KEY_RIGHT; }
static inline int xm_key_enter(void) { return KEY_ENTER; }
static inline int xm_key_backspace(void) { return KEY_BACKSPACE; }
static inline int xm_key_npage(void) { return KEY_NPAGE; }
static inline int xm_key_ppage(void) { return KEY_PPAGE; }
static inline int xm_key_home(void) { return KEY_HOME; }
static inline int xm_key_end(void) { return KEY_END; }
static inline int xm_err(void) { return ERR; }
static inline WINDOW *xm_stdscr(void) { return stdscr; }
static inline int xm_ok(void) { return OK; }
static inline int xm_key_code_yes(void) { return KEY_CODE_YES; }
static inline int xm_key_dc(void) { return KEY_DC; }
/* The locale's character set name, e.g. "UTF-8" (call after setlocale). */
static inline const char *xm_codeset(void) { return nl_langinfo(CODESET); }
/* newterm on the process's stdout/stdin (stdio globals do not import cleanly under Swift 6).
   Unlike initscr, returns NULL instead of exiting when the terminal cannot be set up. */
static inline SCREEN *xm_newterm(void) { return newterm(NULL, stdout, stdin); }
#endif
