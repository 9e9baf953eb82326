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
static inline int xm_key_mouse(void) { return KEY_MOUSE; }
/* Mouse: presses of the first button and the wheel (buttons 4 and 5), reported at once. */
static inline void xm_enable_mouse(int on) {
    mousemask(on ? (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
    mouseinterval(0);
}
/* 0: none; 1: button 1 press or click; 4: wheel up; 5: wheel down. x, y in cells. */
static inline int xm_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}
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
