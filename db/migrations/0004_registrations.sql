CREATE TABLE `registration_forms` (
	`edition_id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`deadline` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registration_forms_token_unique` ON `registration_forms` (`token`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`edition_id` text NOT NULL,
	`collectivite_id` text,
	`collectivite_name` text NOT NULL,
	`country` text NOT NULL,
	`contact_name` text NOT NULL,
	`email` text NOT NULL,
	`delegates` integer NOT NULL,
	`workshop_ids` text NOT NULL,
	`wants_to_speak` integer NOT NULL,
	`wants_to_propose` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `registrations_edition` ON `registrations` (`edition_id`,`created_at`);