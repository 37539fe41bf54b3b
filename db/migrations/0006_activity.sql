CREATE TABLE `activity` (
	`id` text PRIMARY KEY NOT NULL,
	`edition_id` text NOT NULL,
	`person_id` text,
	`actor_name` text NOT NULL,
	`committee` text,
	`section` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`fields` text NOT NULL,
	`label` text NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`changes` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activity_edition` ON `activity` (`edition_id`,`last_at`);--> statement-breakpoint
CREATE INDEX `activity_entity` ON `activity` (`edition_id`,`entity_id`,`last_at`);--> statement-breakpoint
CREATE INDEX `activity_person` ON `activity` (`edition_id`,`person_id`,`last_at`);