CREATE TABLE `directory_collectivites` (
	`id` text PRIMARY KEY NOT NULL,
	`name_fr` text NOT NULL,
	`name_ja` text NOT NULL,
	`country` text NOT NULL,
	`kind` text NOT NULL,
	`address` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `directory_collectivites_country` ON `directory_collectivites` (`country`);--> statement-breakpoint
CREATE TABLE `directory_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`collectivite_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`function` text NOT NULL,
	`email` text NOT NULL,
	`language` text NOT NULL,
	FOREIGN KEY (`collectivite_id`) REFERENCES `directory_collectivites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `directory_contacts_collectivite` ON `directory_contacts` (`collectivite_id`,`position`);--> statement-breakpoint
CREATE TABLE `directory_participations` (
	`collectivite_id` text NOT NULL,
	`edition_id` text NOT NULL,
	PRIMARY KEY(`collectivite_id`, `edition_id`),
	FOREIGN KEY (`collectivite_id`) REFERENCES `directory_collectivites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
