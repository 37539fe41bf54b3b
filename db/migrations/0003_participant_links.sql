CREATE TABLE `participant_links` (
	`token` text PRIMARY KEY NOT NULL,
	`edition_id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participant_links_meeting` ON `participant_links` (`edition_id`,`meeting_id`);