CREATE TABLE `personal_form_links` (
	`edition_id` text NOT NULL,
	`collectivite_id` text NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`edition_id`, `collectivite_id`),
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `personal_form_links_token_unique` ON `personal_form_links` (`token`);--> statement-breakpoint
ALTER TABLE `registrations` ADD `members` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `day_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `interpretation` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `dietary_needs` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `accessibility_needs` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `updated_at` integer;--> statement-breakpoint
CREATE INDEX `registrations_collectivite` ON `registrations` (`edition_id`,`collectivite_id`);