CREATE INDEX `notifications_unread_idx` ON `notifications` (`user_id`) WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX `users_panti_idx` ON `users` (`panti_id`);--> statement-breakpoint
CREATE INDEX `users_region_idx` ON `users` (`region_code`);