/** @module worker/dev-key: the documented local development API key (README), accepted only when ENVIRONMENT is development. */
export const DEV_KEY = 'scra_dev_local_only_never_deployed';
/** SHA-256 of DEV_KEY; `npm start` passes `API_KEYS=dev:<this>` with `--var`, nothing deployed carries it. */
export const DEV_KEY_HASH = 'c761f47d6d942bf4ca4370a871f15a4b9995d999b19069be42f1a30aad076452';
