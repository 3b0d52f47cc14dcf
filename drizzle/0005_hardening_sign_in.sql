ALTER TABLE `login_throttle` ADD `last_failure_at` text;--> statement-breakpoint
CREATE INDEX `login_throttle_last_idx` ON `login_throttle` (`last_failure_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Sign-in counters are short-lived and their keys changed meaning (per account and address now,
-- not per account alone): start afresh rather than read an old account-wide lockout as a delay.
DELETE FROM `login_throttle`;
