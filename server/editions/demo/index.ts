/** The demo edition and the three past ones, seeded at first start (`demo-seeds.ts`) and in tests. */
export * from './demo'
export * from './past-editions'
