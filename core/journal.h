/*
 * journal.h — the books written for an accountant's programs, from the ledger's entries
 * and chart (read through core/ledger.h, never written):
 *
 *   journal   an hledger/ledger journal (`gonghui export ledger --format journal`): an
 *             `account` directive per account of the chart, its type (A L E R X) as a
 *             tag, then one transaction per entry — date, (voucher), description, the
 *             debit account with +amount and the credit account with -amount. An account
 *             is named "CODE NAME" under its parent ("502 维权支出:50205 送温暖费"), so
 *             hledger's totals of a parent include its children as gonghui's do. A
 *             reversal keeps its accounts with the amounts negated. Characters that
 *             hledger reads as syntax (';' anywhere, ':' in a name, brackets in a
 *             voucher) are written as their full-width forms, a run of spaces as one.
 *   vouchers  a voucher CSV as Chinese accounting software imports it
 *             (`--format vouchers`): 日期,凭证字号,摘要,科目编码,科目名称,借方,贷方, a debit
 *             row and a credit row per entry, so each voucher's debits equal its credits.
 *             Entries keep their voucher number; one without gets 记-001, 记-002 … in its
 *             month, skipping the numbers the month already uses.
 *
 * Both page through the entries a month at a time, oldest first.
 */
#ifndef GH_JOURNAL_H
#define GH_JOURNAL_H

#include <stdio.h>

#include "core/error.h"

err_code journal_write(FILE *out, struct err *e);
err_code journal_vouchers(FILE *out, struct err *e);

#endif
