CREATE TABLE `arrival_requests` (
	`edition_id` text NOT NULL,
	`person_id` text NOT NULL,
	`invitation_id` text NOT NULL,
	`committee` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`edition_id`, `person_id`),
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `device_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`session_hash` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `device_links_person` ON `device_links` (`person_id`);--> statement-breakpoint
CREATE TABLE `invitation_uses` (
	`id` text PRIMARY KEY NOT NULL,
	`invitation_id` text NOT NULL,
	`person_id` text NOT NULL,
	`used_at` integer NOT NULL,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invitation_uses_invitation` ON `invitation_uses` (`invitation_id`,`used_at`);--> statement-breakpoint
ALTER TABLE `editions` ADD `last_revocation_at` integer;--> statement-breakpoint
ALTER TABLE `people` ADD `committee` text;--> statement-breakpoint
UPDATE `editions` SET `last_revocation_at` = (SELECT max(`revoked_at`) FROM `memberships` WHERE `memberships`.`edition_id` = `editions`.`id`);
